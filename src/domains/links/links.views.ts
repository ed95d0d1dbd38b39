/** GraphQL views of links (pages, edges). */
import type { Page } from '../../shared/connection.js';
import type { LinkModel } from './links.models.js';

export type LinkEdgeView = { node: LinkModel; cursor: string };
export type LinkPage = Page<{ node: LinkModel }>;
