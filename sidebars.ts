import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  docs: [
    {
      type: 'category',
      label: 'Get started',
      collapsed: false,
      items: [
        'introduction/index',
        'introduction/set-up-logto-cloud',
        'introduction/set-up-logto-oss',
        'introduction/local-identity-provider',
      ],
    },
    {
      type: 'category',
      label: 'Quick starts',
      collapsed: false,
      link: { type: 'doc', id: 'quick-starts/index' },
      items: ['quick-starts/next-app-router/index', 'quick-starts/next/index'],
    },
    {
      type: 'category',
      label: 'Authorization',
      items: ['authorization/api-resources', 'authorization/role-based-access-control', 'organizations/index'],
    },
    {
      type: 'category',
      label: 'Users and sign-in',
      items: ['end-user-flows/index', 'connectors/index'],
    },
  ],
};

export default sidebars;
