import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert.tsx';
import type { PathProblem } from './costData.ts';

type Props = {
  variant: 'error' | 'warning';
  heading: ReactNode;
  problems: readonly PathProblem[];
  /** Announce it (after saving); a warning that is there when the page opens is not announced. */
  live?: boolean;
};

/** Problems in a project description, each with where it is (`$.members[2].exitOn`) and what is wrong, in Danish. */
export function ProblemsAlert({ variant, heading, problems, live = false }: Props) {
  if (problems.length === 0) return null;
  return (
    <Alert variant={variant} heading={heading} live={live}>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}-${p.message}`}>
            <code>{p.path}</code>: <span lang="da">{p.message}</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
