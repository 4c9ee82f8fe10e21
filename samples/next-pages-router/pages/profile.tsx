import { logtoClient } from '@/libraries/logto';

type Props = {
  userId: string;
  email: string | null;
  customData: unknown;
};

// withLogtoSsr reads the session and sets `req.user` before this function runs.
export const getServerSideProps = logtoClient.withLogtoSsr<Props>(
  async ({ req }) => {
    const { isAuthenticated, claims, userInfo } = req.user;
    if (!isAuthenticated || !claims) {
      return { redirect: { destination: '/', permanent: false } };
    }
    // Props must be JSON: pick the fields, and use null rather than undefined.
    return {
      props: {
        userId: claims.sub,
        email: userInfo?.email ?? null,
        customData: userInfo?.custom_data ?? null,
      },
    };
  },
  // Ask the userinfo endpoint for claims the ID token does not carry.
  { fetchUserInfo: true },
  // Logto refuses it (401) once the session has ended there, e.g. after a sign-out elsewhere.
  () => ({ redirect: { destination: '/api/session-ended', permanent: false } }),
);

export default function Profile({ userId, email, customData }: Props) {
  return (
    <main>
      <h1>Profile</h1>
      <dl>
        <dt>User ID</dt>
        <dd>{userId}</dd>
        <dt>Email</dt>
        <dd>{email ?? 'not shared'}</dd>
        <dt>Custom data</dt>
        <dd>
          <code>{JSON.stringify(customData)}</code>
        </dd>
      </dl>
    </main>
  );
}
