// Served instead of the Camunda webapps' empty scripts/config.js under Keycloak (see
// WebappSignInScript). The webapps have no sign-in form of their own there: whenever they
// would show it (after signing out, or when the session has ended), the page reloads, and
// the reload signs in through Keycloak.
const signInThroughKeycloak = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
};
signInThroughKeycloak();
window.addEventListener('hashchange', signInThroughKeycloak);

export default {};
