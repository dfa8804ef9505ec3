// Served instead of the Camunda webapps' empty scripts/config.js (see WebappSignInScript).
// The webapps have no sign-in form of their own here: whenever they would show it (after
// signing out, or when the session has ended), the page reloads, and the reload signs in
// through the portal's sign-in (its form, or Keycloak).
const signInThroughThePortal = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
};
signInThroughThePortal();
window.addEventListener('hashchange', signInThroughThePortal);

export default {};
