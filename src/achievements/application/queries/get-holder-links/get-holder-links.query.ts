import { Query } from '@nestjs/cqrs';
import { HolderLinks } from '../../views/holder-links';

/** Who issues the holder's achievements and where they are checked, for the links on the holder's cards. */
export class GetHolderLinks extends Query<HolderLinks> {}
