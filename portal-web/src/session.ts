import { api, ApiError, CurrentUser, NetworkError } from './api';
import { device, forgetEverything } from './offline/device';

// Who is signed in: asked once per page load, and again after a change of session.
// Without a connection, who was signed in last in this browser, so that what they keep
// here (applications waiting to be sent, drafts) stays theirs and in reach.
let current: Promise<CurrentUser | null> | undefined;

export function currentUser(): Promise<CurrentUser | null> {
  current ??= api<CurrentUser>('/api/me').then(
    async (user) => {
      await (await device()).put('session', user, 'me');
      return user;
    },
    async (error) => {
      if (error instanceof ApiError && error.status === 401) {
        await (await device()).delete('session', 'me');
        return null;
      }
      if (error instanceof NetworkError) {
        const known = (await (await device()).get('session', 'me')) ?? null;
        // asked again once the connection returns
        current = undefined;
        return known;
      }
      throw error;
    },
  );
  return current;
}

/** The server's sign-in (its own form, or Keycloak), coming back to this page. */
export function signIn(): void {
  window.location.assign('/signin?next=' + encodeURIComponent(location.pathname + location.search));
}

/** After the session ended on the server (an erased account): ask again who is signed in, keep nothing. */
export async function sessionEnded(): Promise<void> {
  current = undefined;
  await forgetEverything();
}
