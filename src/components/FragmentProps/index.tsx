/**
 * Declares the props a fragment needs and fails the build, naming the fragment
 * and the missing prop, when a page composes it without them. Without this a
 * missing prop renders as an empty string and nobody notices.
 */
type PropType = 'string' | 'number' | 'boolean';

export interface FragmentPropsProps {
  /** The fragment's path in the repo, shown in the error. */
  fragment: string;
  /** The fragment's own `props` object from MDX. */
  props: Record<string, unknown> | undefined;
  /** Required prop names and their types. */
  spec: Record<string, PropType>;
}

export function findPropProblems(props: Record<string, unknown> | undefined, spec: Record<string, PropType>): string[] {
  return Object.entries(spec).flatMap(([name, type]) => {
    const value = props?.[name];
    if (value === undefined || value === null || value === '') return [`missing prop \`${name}\` (${type})`];
    return typeof value === type ? [] : [`prop \`${name}\` must be a ${type}, got ${typeof value}`];
  });
}

export default function FragmentProps({ fragment, props, spec }: FragmentPropsProps): null {
  const problems = findPropProblems(props, spec);
  if (problems.length > 0) {
    const example = Object.keys(spec)
      .map((name) => `${name}="..."`)
      .join(' ');
    throw new Error(
      `${fragment}: ${problems.join('; ')}. Pass it where the page composes the fragment, e.g. <Fragment ${example} />.`,
    );
  }
  return null;
}
