import { SOCIAL_NETWORKS } from '../../../domain/account';

// What the profile pages share: help text, the social networks' labels, and the page's breadcrumbs.

export const PROFILE_PATH = '/profile';

/** HOME > CANDIDATE HOME > PROFILE (> the address page). */
export function profileCrumbs(role: string, current?: string): Array<{ label: string; href?: string }> {
  const home = { label: role === 'candidate' ? 'Candidate Home' : 'Home', href: '/home' };
  return current
    ? [home, { label: 'Profile', href: PROFILE_PATH }, { label: current }]
    : [home, { label: 'Profile' }];
}

export const PROFILE_HELP = [
  'Add a photo: choose a JPEG, PNG or WebP picture of up to 5 MB. It is cropped to a square. Third parties you share documents with can see it.',
  'Social links: the full web address of each profile, starting with https://. Leave a box empty to remove a link.',
  'Username and password: your username is your email address. Enter your current password to change either. A new email address takes effect when you follow the link we send to it.',
  'Details and address book: keep your names and phone numbers up to date, and the addresses we should use for orders. The default address is chosen first at checkout.',
];

export const SOCIAL_LABELS: Record<(typeof SOCIAL_NETWORKS)[number], { label: string; hint: string }> = {
  facebook: { label: 'Facebook', hint: 'For example, https://www.facebook.com/yourname' },
  x: { label: 'X (Twitter)', hint: 'For example, https://x.com/yourname' },
  linkedin: { label: 'LinkedIn', hint: 'For example, https://www.linkedin.com/in/yourname' },
  instagram: { label: 'Instagram', hint: 'For example, https://www.instagram.com/yourname' },
  website: { label: 'Other website', hint: 'Any other page about you, starting with https://' },
};

export function socialFields() {
  return SOCIAL_NETWORKS.map((network) => ({ name: network, ...SOCIAL_LABELS[network] }));
}
