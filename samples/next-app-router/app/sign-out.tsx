'use client';

type Props = {
  onSignOut: () => Promise<void>;
};

export default function SignOut({ onSignOut }: Props) {
  return (
    <button type="button" onClick={() => onSignOut()}>
      Sign out
    </button>
  );
}
