'use client';

type Props = {
  onSignOut: () => Promise<void>;
};

export default function SignOut({ onSignOut }: Props) {
  return (
    <form action={onSignOut}>
      <button type="submit">Sign out</button>
    </form>
  );
}
