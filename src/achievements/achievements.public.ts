// The only file other contexts may import from Achievements: its queries, commands and integration
// events. Run the queries with Nest's QueryBus (`queryBus.execute(new ListShareableAchievements(n))`).

// Sharing: which achievements of a candidate may be shared, and the PDFs themselves for a reader that
// Sharing has authorised (the holder's candidate number must match, else ACHIEVEMENTS.NOT_FOUND).
export { ListShareableAchievements } from './application/queries/list-shareable-achievements/list-shareable-achievements.query';
export type { ShareableAchievement } from './application/queries/list-shareable-achievements/list-shareable-achievements.query';
export { GetDocumentPdf } from './application/queries/get-document-pdf/get-document-pdf.query';
export type { DocumentFile } from './application/services/achievement-documents';
export { GetDocumentCard } from './application/queries/get-document-card/get-document-card.query';
export { GetDocumentCards } from './application/queries/get-document-cards/get-document-cards.query';
export type { DocumentCard } from './application/views/document-card';

// Sharing and Ordering: short facts by certificate number (connection permissions, basket lines).
export { GetAchievementSummaries } from './application/queries/get-achievement-summaries/get-achievement-summaries.query';
export type { AchievementSummary } from './application/queries/get-achievement-summaries/get-achievement-summaries.query';

// Identity: the CERTIFICATES count of the profile header and the dashboard.
export { CountCandidateAchievements } from './application/queries/count-candidate-achievements/count-candidate-achievements.query';

// Demo seeding (after Identity's demo candidates exist): `commandBus.execute(new SeedDemoAchievements())`.
export { SeedDemoAchievements } from './application/commands/seed-demo-achievements/seed-demo-achievements.command';
export type { ImportReport } from './application/views/import-report';

// Documents, their kinds and the rule on PDFs.
export type { DocumentKind } from './domain/document-kind';
export { PDF_FIRST_ISSUE_DATE } from './domain/achievement';
export type { AchievementKind } from './domain/achievement-kind';

// Integration events: versioned contracts delivered through the outbox (subscribe with @SubscribesTo).
export * from './achievements.integration-events';

// The back office (src/back-office): the search box, the enquiry queue's size and a candidate's page.
export { SearchAchievements } from './application/queries/search-achievements/search-achievements.query';
export type { AchievementSearchHit } from './application/queries/search-achievements/search-achievements.query';
export { ListEnquiries } from './application/queries/list-enquiries/list-enquiries.query';
export { ListCandidateAchievements } from './application/queries/list-candidate-achievements/list-candidate-achievements.query';
export { ListCandidateEnquiries } from './application/queries/list-candidate-enquiries/list-candidate-enquiries.query';
export type { EnquiryView } from './application/views/enquiry-view';
// The back office's Records page uploads achievement CSV files: parse, then import.
export { ImportAchievements } from './application/commands/import-achievements/import-achievements.command';
export { rowsFromCsv as achievementRowsFromCsv } from './application/services/import-rows';
