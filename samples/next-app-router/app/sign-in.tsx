'use client';

type Props = {
  onSignIn: () => Promise<void>;
};

export default function SignIn({ onSignIn }: Props) {
  return (
    <button type="button" onClick={() => onSignIn()}>
      Sign in
    </button>
  );
}
