'use client';

type Props = {
  onSignIn: () => Promise<void>;
};

// A form action also works before the JavaScript has loaded.
export default function SignIn({ onSignIn }: Props) {
  return (
    <form action={onSignIn}>
      <button type="submit">Sign in</button>
    </form>
  );
}
