/** The plain h1, standing in for src/components/PageTitle when the weight bench switches every reader feature off. */
import React, { type ComponentProps } from 'react';
import Heading from '@theme/Heading';

export default function PlainTitle(props: ComponentProps<'h1'>): React.JSX.Element {
  return <Heading as="h1" {...props} />;
}
