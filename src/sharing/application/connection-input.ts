// Shapes the commands take, shared by the API and the web pages.

export interface PermissionInput {
  certificateNumber: string;
  documents: string[];
}

export interface ThirdPartyInput {
  firstName: string;
  surname: string;
  email: string;
  company: string;
}
