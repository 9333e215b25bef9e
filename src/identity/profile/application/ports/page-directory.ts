/**
 * Which pages exist in this build, so the dashboards say "coming soon" for a section whose context is
 * not there yet instead of linking to a page that is not found.
 */
export abstract class PageDirectory {
  abstract has(path: string): boolean;
}
