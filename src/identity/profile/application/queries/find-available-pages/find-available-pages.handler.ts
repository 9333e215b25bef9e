import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PageDirectory } from '../../ports/page-directory';
import { FindAvailablePages } from './find-available-pages.query';

@QueryHandler(FindAvailablePages)
export class FindAvailablePagesHandler implements IQueryHandler<FindAvailablePages, string[]> {
  constructor(private readonly pages: PageDirectory) {}

  execute({ paths }: FindAvailablePages): Promise<string[]> {
    return Promise.resolve(paths.filter((path) => this.pages.has(path)));
  }
}
