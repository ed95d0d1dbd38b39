/**
 * GET /reports/outcome-board.docx?board=<key>&period=<period>: an Outcome Board's report as the Word document
 * `npm run report` writes, for the explorer's download link. It runs the same question (BOARD_REPORT_QUERY)
 * through Apollo with the caller's credentials and limits, and builds the file with the same reportDocx, so the
 * file, the report page and the API agree figure for figure; there is no second data path.
 */
import type { ApolloServer } from '@apollo/server';
import type express from 'express';
import type { GraphQLContext } from '../context.js';
import { BOARD_REPORT_QUERY, type BoardReportAnswer } from '../domains/progress/board-report-query.js';
import { reportDocx } from '../domains/progress/report-document.js';

export const BOARD_REPORT_PATH = '/reports/outcome-board.docx';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXAMPLE = `${BOARD_REPORT_PATH}?board=outcome-boards&period=2023%2F24%20Q2`;

const WANTS: Record<string, string> = {
  board: 'the key of an Outcome Board (an organisation that monitors outcomes), e.g. outcome-boards',
  period: 'a financial-year period, e.g. 2023/24 Q2 (written 2023%2F24%20Q2 in a URL)',
};

/** One text value of a query parameter; a missing, empty or repeated one is refused by name. */
function parameter(req: express.Request, name: 'board' | 'period'): { value: string } | { error: string } {
  const raw = req.query[name];
  if (typeof raw !== 'string' || !raw.trim()) {
    const problem = raw === undefined || raw === '' ? 'is required' : typeof raw === 'string' ? 'is empty' : 'is given more than once';
    return { error: `Query parameter "${name}" ${problem}: give ${WANTS[name]}, as in ${EXAMPLE}.` };
  }
  return { value: raw.trim() };
}

/** An API answer's status for the error codes a caller can act on; anything else is the server's fault. */
function statusOf(code: unknown): number {
  return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? 400 : code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403
    : code === 'SERVICE_UNAVAILABLE' ? 503 : code === 'RESOURCE_LIMIT' ? 422 : 500;
}

export function boardReportRoute(apollo: ApolloServer<GraphQLContext>, contextFor: (req: express.Request, res: express.Response) => Promise<GraphQLContext>): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const board = parameter(req, 'board');
      const period = parameter(req, 'period');
      for (const [name, p] of [['board', board], ['period', period]] as const) {
        if ('error' in p) {
          res.status(400).json({ error: p.error, parameter: name });
          return;
        }
      }
      const variables = { board: (board as { value: string }).value, period: (period as { value: string }).value };
      const response = await apollo.executeOperation({ query: BOARD_REPORT_QUERY, variables }, { contextValue: await contextFor(req, res) });
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const error = body?.errors?.[0];
      if (error || !body?.data) {
        const argument = error?.extensions?.argumentName;
        if (typeof argument === 'string' && argument in WANTS) {
          // The API names its argument; the caller wrote a query parameter of the same name.
          const message = error!.message.replace(/^Argument "[^"]+": /, '');
          res.status(400).json({ error: `Query parameter "${argument}": ${message} Give ${WANTS[argument]}.`, parameter: argument });
          return;
        }
        res.status(statusOf(error?.extensions?.code)).json({ errors: body?.errors ?? [{ message: 'The API gave no answer; the server log has the details.' }] });
        return;
      }
      const file = await reportDocx(body.data as unknown as BoardReportAnswer);
      res.type(DOCX).attachment(`${variables.board}-${variables.period.replace(/[/ ]/g, '-')}.docx`).send(file);
    } catch (error) {
      next(error);
    }
  };
}
