// A candidate's or staff member's PDF goes out as any personal file does.
export { sendAttachment as sendDocument } from '../../shared/web/attachment';
