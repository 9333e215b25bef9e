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
  // The back office (issue "Staff layout"): the daily work first, then the administration pages.
  staff: {
    home: '/admin',
    showBasket: false,
    items: [
      { label: 'Home', href: '/admin', exact: true },
      { label: 'Print Batches', href: '/admin/print-batches' },
      { label: 'Orders', href: '/admin/orders' },
      { label: 'Profile', href: '/profile' },
      { label: 'Document Downloads', href: '/admin/documents' },
      { label: 'Search', href: '/admin/search' },
      { label: 'Support', href: '/admin/support' },
      { label: 'FAQ', href: '/admin/faq' },
      { label: 'Registrations', href: '/admin/registrations' },
      { label: 'Enquiries', href: '/admin/enquiries' },
      { label: 'Records', href: '/admin/records' },
      { label: 'Catalogue', href: '/admin/catalogue' },
      { label: 'Staff', href: '/admin/staff-accounts' },
      { label: 'Audit', href: '/admin/audit' },
      { label: 'Jobs', href: '/admin/jobs' },
    ],
  },
};

export interface NavigationView {
  home: string;
  items: Array<MenuItem & { current: boolean }>;
  loggedIn: boolean;
  showBasket: boolean;
}

export function navigationFor(principal: Principal | undefined, currentPath: string): NavigationView {
  const menu = menus[principal?.role ?? 'anonymous'] ?? menus.anonymous;
  return {
    home: menu.home,
    loggedIn: Boolean(principal),
    showBasket: menu.showBasket,
    items: menu.items.map((item) => ({
      ...item,
      current: item.exact
        ? currentPath === item.href
        : currentPath === item.href || currentPath.startsWith(`${item.href}/`),
    })),
  };
}

/** The home page of whoever is logged in ("/" for visitors): where the logo and "Home" crumb lead. */
export function homeFor(principal: Principal | undefined): string {
  return menus[principal?.role ?? 'anonymous']?.home ?? '/';
}
