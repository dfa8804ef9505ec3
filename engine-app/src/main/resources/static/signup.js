// Posts the sign-up form to the API and shows its per-field errors beside the fields
// and in a summary that links to them; on success the new citizen is signed in.
(function () {
  const form = document.getElementById('signup');
  const summary = document.getElementById('summary');
  const summaryList = document.getElementById('summary-list');
  const fields = ['email', 'firstName', 'lastName', 'password'];

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function showErrors(errors) {
    summaryList.replaceChildren();
    for (const field of fields) {
      const messages = errors[field] || [];
      const input = document.getElementById(field);
      document.getElementById(field + '-error').textContent = messages.join(' ');
      input.setAttribute('aria-invalid', messages.length > 0 ? 'true' : 'false');
      for (const message of messages) {
        const link = document.createElement('a');
        link.href = '#' + field;
        link.textContent = message;
        const item = document.createElement('li');
        item.append(link);
        summaryList.append(item);
      }
    }
    summary.hidden = summaryList.children.length === 0;
    if (!summary.hidden) {
      summary.focus();
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(fields.map((field) => [field, document.getElementById(field).value]));
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    const response = await fetch('/api/signup', { method: 'POST', headers, body: JSON.stringify(body) });
    if (response.status === 201) {
      window.location.assign('/');
      return;
    }
    const problem = await response.json().catch(() => ({}));
    showErrors(problem.errors || { email: [problem.detail || 'Something went wrong. Try again.'] });
  });
})();
