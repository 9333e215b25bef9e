import { Controller, Get, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated } from '../../../../shared/web/authentication/auth.decorators';
import { WaitingItem, WaitingTile } from '../../application/ports/waiting-items';
import { FindAvailablePages } from '../../application/queries/find-available-pages/find-available-pages.query';
import { ListWaitingItems } from '../../application/queries/list-waiting-items/list-waiting-items.query';
import { takeNotice } from '../../../interface/web/identity-session';

interface Tile {
  /** Which kind of waiting item this tile counts, if any. */
  counts?: WaitingTile;
  title: string;
  text: string;
  href: string;
  action: string;
}

// The candidate dashboard's six tiles (product.md "Pages and navigation", the guide's Candidate Home).
const CANDIDATE_TILES: Tile[] = [
  {
    counts: 'documents',
    title: 'Documents',
    text: 'View your secure documents, order reprints and proof of qualification letters.',
    href: '/documents',
    action: 'View secure documents',
  },
  {
    counts: 'connections',
    title: 'Connections',
    text: 'Authorise employers or other third parties to access your details and documents.',
    href: '/connections',
    action: 'Connections',
  },
  {
    title: 'Profile',
    text: 'Edit your user profile and view your account.',
    href: '/profile',
    action: 'Profile',
  },
  {
    counts: 'orders',
    title: 'Orders',
    text: 'View any payment orders that you have made on the website.',
    href: '/orders',
    action: 'View your orders',
  },
  {
    counts: 'enquiries',
    title: 'Enquiries',
    text: 'Questions you have asked us about an achievement, and our replies.',
    href: '/enquiries',
    action: 'View your enquiries',
  },
  {
    title: 'Contact Support',
    text: 'Contact details for support purposes.',
    href: '/support',
    action: 'Contact support',
  },
  {
    title: 'Frequently Asked Questions',
    text: 'Answers to the questions candidates ask most.',
    href: '/faq',
    action: 'View FAQs',
  },
];

const THIRD_PARTY_TILES: Tile[] = [
  {
    title: 'Connections',
    text: 'See the candidates who share documents with you, and ask a candidate to share theirs.',
    href: '/connections',
    action: 'Connections',
  },
  { title: 'Profile', text: 'Edit your details and your login.', href: '/profile', action: 'Profile' },
  {
    title: 'Contact Support',
    text: 'Contact details for support purposes.',
    href: '/support',
    action: 'Contact support',
  },
  {
    title: 'Frequently Asked Questions',
    text: 'Answers to the questions employers ask most.',
    href: '/faq',
    action: 'View FAQs',
  },
];

/** The home pages after login: the candidate dashboard and the employer's (the staff home is the back office's). */
@ApiExcludeController()
@Controller()
export class HomePageController {
  constructor(private readonly queries: QueryBus) {}

  @Get('home')
  @Authenticated()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const principal = req.principal!;
    if (principal.role === 'staff') return res.redirect(303, '/admin');
    const candidate = principal.role === 'candidate';
    const waiting: WaitingItem[] = candidate
      ? await this.queries.execute(
          new ListWaitingItems(principal.accountId, principal.candidateNumber ?? null),
        )
      : [];
    res.render('identity/dashboard', {
      title: candidate ? 'Your candidate dashboard' : 'Your dashboard',
      heading: candidate ? 'Your candidate dashboard' : 'Your dashboard',
      // The first crumb is always "Home": the page's own crumb names whose home it is, not "Home" again.
      breadcrumbs: [{ label: candidate ? 'Candidate Home' : 'Employer Home' }],
      help: [
        'Each section can be reached from the menu at the top of the page or from the tiles below.',
        'Every page has a help section like this one. Select the logo or Home to come back here.',
      ],
      notice: takeNotice(req),
      waiting,
      tiles: await this.withAvailability(candidate ? CANDIDATE_TILES : THIRD_PARTY_TILES, waiting),
    });
  }

  private async withAvailability(tiles: Tile[], waiting: WaitingItem[]) {
    const available: string[] = await this.queries.execute(
      new FindAvailablePages(tiles.map((tile) => tile.href)),
    );
    return tiles.map((tile) => ({
      ...tile,
      available: available.includes(tile.href),
      waitingCount: tile.counts ? waiting.filter((item) => item.tile === tile.counts).length : 0,
    }));
  }
}
