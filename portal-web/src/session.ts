import { api, ApiError, CurrentUser } from './api';

// Who is signed in: asked once per page load, and again after a change of session.
let current: Promise<CurrentUser | null> | undefined;

export function currentUser(): Promise<CurrentUser | null> {
  current ??= api<CurrentUser>('/api/me').catch((error) => {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  });
  return current;
}

/** The server's sign-in (its own form, or Keycloak), coming back to this page. */
export function signIn(): void {
  window.location.assign('/signin?next=' + encodeURIComponent(location.pathname + location.search));
}

/** After the session ended on the server (an erased account): ask again who is signed in. */
export function sessionEnded(): void {
  current = undefined;
}
