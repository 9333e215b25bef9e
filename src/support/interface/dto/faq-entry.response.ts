import { ApiProperty } from '@nestjs/swagger';

export class FaqEntryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'How do I register?' })
  question: string;

  @ApiProperty({ description: 'The answer in limited Markdown (paragraphs, emphasis, lists, links)' })
  answer: string;

  @ApiProperty({ description: 'The answer as safe HTML' })
  answerHtml: string;
}

export class FaqEntryListResponse {
  @ApiProperty({ type: [FaqEntryResponse] })
  items: FaqEntryResponse[];

  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() totalItems: number;
  @ApiProperty() totalPages: number;
}
