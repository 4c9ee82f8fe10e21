/** The users and organizations the local identity provider knows. */
import { testUser as registryUser } from './registry.js';

export interface TestUser {
  id: string;
  username: string;
  password: string;
  name: string;
  email: string;
  /** Ids of the organizations the user is a member of. */
  organizations: string[];
  organizationRoles: string[];
  /** Logto's free-form per-user data, released with the `custom_data` scope. */
  customData: Record<string, unknown>;
}

export interface Organization {
  id: string;
  name: string;
}

export const organizations: Organization[] = [{ ...registryUser.organization }];

/** The registry's test user (samples/registry.ts), with what only the provider needs. */
const alice: TestUser = {
  id: `user-${registryUser.username}`,
  username: registryUser.username,
  password: registryUser.password,
  name: registryUser.name,
  email: registryUser.email,
  organizations: [registryUser.organization.id],
  // Logto writes organization roles as `<organization id>:<role name>`.
  organizationRoles: [`${registryUser.organization.id}:member`],
  customData: { favoriteBook: 'Through the Looking-Glass' },
};

/** The test user shown on the sign-in page and printed by `npm run sample`. */
export const testUser = alice;

const users: TestUser[] = [alice];

/**
 * Adds `user-01` … `user-NN` (password `password-NN`, no organization), so a
 * test can sign many different people in at once and check for cross-talk.
 */
export function addNumberedUsers(count: number): void {
  for (let index = 1; index <= count; index += 1) {
    const number = String(index).padStart(2, '0');
    if (users.some((user) => user.username === `user-${number}`)) continue;
    users.push({
      id: `user-id-${number}`,
      username: `user-${number}`,
      password: `password-${number}`,
      name: `Test User ${number}`,
      email: `user-${number}@example.com`,
      organizations: [],
      organizationRoles: [],
      customData: {},
    });
  }
}

export function findUserById(id: string): TestUser | undefined {
  return users.find((user) => user.id === id);
}

/** Accepts the username or the email address, like Logto's sign-in page. */
export function findUserByCredentials(identifier: string, password: string): TestUser | undefined {
  const wanted = identifier.trim().toLowerCase();
  return users.find(
    (user) => (user.username === wanted || user.email === wanted) && user.password === password,
  );
}

export function isMember(user: TestUser, organizationId: string): boolean {
  return user.organizations.includes(organizationId);
}

/** The claims the provider may release; oidc-provider filters them by scope. */
export function claimsOf(user: TestUser): Record<string, unknown> {
  return {
    sub: user.id,
  username: user.username,
  name: user.name,
    picture: null,
  email: user.email,
  email_verified: true,
  organizations: user.organizations,
    organization_roles: user.organizationRoles,
    custom_data: user.customData,
  };
}
