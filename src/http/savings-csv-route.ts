/**
 * GET /export/savings/<edition>/<view>.csv: a finance view as a file a spreadsheet opens, e.g.
 * /export/savings/mtfs-2017-21/by-outcome.csv. It runs the same GraphQL field (`savings { csv(view:) }`)
 * through Apollo with the caller's credentials, so there is no second data path and the same rules apply.
 */
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { GraphQLContext } from '../context.js';

const VIEWS = ['lines', 'by-outcome', 'by-department', 'by-status', 'unmapped', 'progress', 'flows'];
const QUERY = 'query SavingsCsv($edition: String!, $view: SavingsView!) { savings(edition: $edition) { csv(view: $view) } }';

export function savingsCsvRoute(apollo: ApolloServer<GraphQLContext>, contextFor: (req: express.Request, res: express.Response) => Promise<GraphQLContext>): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const edition = String(req.params.edition);
      const view = String(req.params.view);
      if (!VIEWS.includes(view)) {
        res.status(404).json({ error: `"${view}" is not a savings view; use one of ${VIEWS.map((v) => `${v}.csv`).join(', ')}.` });
        return;
      }
      const response = await apollo.executeOperation(
        { query: QUERY, variables: { edition, view: view.toUpperCase().replace(/-/g, '_') } },
        { contextValue: await contextFor(req, res) },
      );
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const error = body?.errors?.[0];
      if (error) {
        const code = error.extensions?.code;
        res.status(code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : code === 'SERVICE_UNAVAILABLE' ? 503 : 500).json({ errors: body!.errors });
        return;
      }
      const savings = (body?.data as { savings: { csv: string } | null } | undefined)?.savings;
      if (!savings) {
        res.status(404).json({ error: `no document has the key "${edition}"; use an MTFS edition's key such as mtfs-2017-21.` });
        return;
      }
      res.type('text/csv; charset=utf-8').attachment(`${edition}-${view}.csv`).send(savings.csv);
    } catch (error) {
      next(error);
    }
  };
}
