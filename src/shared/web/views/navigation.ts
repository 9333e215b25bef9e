// The header menus, one per kind of visitor (product.md "Pages and navigation"). Contexts that add a
// page reachable from the header add it here, in the one list for its audience.

export type PrincipalRole = 'candidate' | 'third_party' | 'staff';

/**
 * Who is logged in, as the pages need it. Identity's authentication sets `res.locals.principal`
 * for every request with a valid session; absent means an anonymous visitor.
 */
export interface Principal {
  accountId: string;
  role: PrincipalRole;
  displayName: string;
}

/** The basket shown in a candidate's header; Ordering sets `res.locals.basket` when it knows it. */
export interface BasketSummary {
  itemCount: number;
  totalPence: number;
}

export interface MenuItem {
  label: string;
  href: string;
  /** Marked current only on this exact path (home pages), not on every path below it. */
  exact?: boolean;
  /** The menu group it is listed under (a disclosure in the header); top level without one. */
  group?: string;
}

interface Menu {
  home: string;
  items: MenuItem[];
  showBasket: boolean;
}

const menus: Record<PrincipalRole | 'anonymous', Menu> = {
  anonymous: {
    home: '/',
    showBasket: false,
    items: [
      { label: 'Registration', href: '/#register', exact: true },
      { label: 'FAQ', href: '/faq' },
      { label: 'Login', href: '/login' },
    ],
  },
  candidate: {
    home: '/home',
    showBasket: true,
    items: [
      { label: 'Candidate Home', href: '/home', exact: true },
      { label: 'Documents', href: '/documents' },
      { label: 'Connections', href: '/connections' },
      { label: 'Profile', href: '/profile' },
      { label: 'Orders', href: '/orders' },
      { label: 'Enquiries', href: '/enquiries' },
      { label: 'Support', href: '/support' },
      { label: 'FAQ', href: '/faq' },
    ],
  },
  third_party: {
    home: '/home',
    showBasket: false,
    items: [
      { label: 'Home', href: '/home', exact: true },
      { label: 'Connections', href: '/connections' },
      { label: 'Profile', href: '/profile' },
      { label: 'Support', href: '/support' },
      { label: 'FAQ', href: '/faq' },
    ],
  },
  // The back office: Home, then the pages grouped by what staff come for (daily work, records, the
  // portal's settings), then their own profile.
  staff: {
    home: '/admin',
    showBasket: false,
    items: [
      { label: 'Home', href: '/admin', exact: true },
      { label: 'Registrations', href: '/admin/registrations', group: 'Work' },
      { label: 'Enquiries', href: '/admin/enquiries', group: 'Work' },
      { label: 'Orders', href: '/admin/orders', group: 'Work' },
      { label: 'Print Batches', href: '/admin/print-batches', group: 'Work' },
      { label: 'Search', href: '/admin/search', group: 'Records' },
      { label: 'Records', href: '/admin/records', group: 'Records' },
      { label: 'Document Downloads', href: '/admin/documents', group: 'Records' },
      { label: 'Catalogue', href: '/admin/catalogue', group: 'Settings' },
      { label: 'FAQ', href: '/admin/faq', group: 'Settings' },
      { label: 'Support', href: '/admin/support', group: 'Settings' },
      { label: 'Staff', href: '/admin/staff-accounts', group: 'Settings' },
      { label: 'Audit', href: '/admin/audit', group: 'Settings' },
      { label: 'Jobs', href: '/admin/jobs', group: 'Settings' },
      { label: 'Profile', href: '/profile' },
    ],
  },
};

type CurrentItem = MenuItem & { current: boolean };

/** A top-level entry of the header menu: a link, or a group of links (`children`). */
export interface NavigationEntry {
  label: string;
  href?: string;
  current: boolean;
  children?: CurrentItem[];
}

export interface NavigationView {
  home: string;
  items: NavigationEntry[];
  loggedIn: boolean;
  showBasket: boolean;
}

export function navigationFor(principal: Principal | undefined, currentPath: string): NavigationView {
  const menu = menus[principal?.role ?? 'anonymous'] ?? menus.anonymous;
  const entries: NavigationEntry[] = [];
  for (const item of menu.items) {
    const current = item.exact
      ? currentPath === item.href
      : currentPath === item.href || currentPath.startsWith(`${item.href}/`);
    if (!item.group) {
      entries.push({ ...item, current });
      continue;
    }
    let group = entries.find((entry) => entry.children && entry.label === item.group);
    if (!group) entries.push((group = { label: item.group, current: false, children: [] }));
    group.children!.push({ ...item, current });
    group.current ||= current;
  }
  return { home: menu.home, loggedIn: Boolean(principal), showBasket: menu.showBasket, items: entries };
}

/** The home page of whoever is logged in ("/" for visitors): where the logo and "Home" crumb lead. */
export function homeFor(principal: Principal | undefined): string {
  return menus[principal?.role ?? 'anonymous']?.home ?? '/';
}
