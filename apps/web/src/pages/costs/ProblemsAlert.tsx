import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { type PathProblem, pathParts, placeInWords } from './costData.ts';

type Props = {
  variant: 'error' | 'warning';
  heading: ReactNode;
  problems: readonly PathProblem[];
  /** The project's members' names, in the project's order, so a problem names the municipality. */
  memberNames?: readonly string[];
  /** Announce it (after saving); a warning that is there when the page opens is not announced. */
  live?: boolean;
};

/**
 * Problems in a project description, each with where it is in words ("Kommune 101: indbyggertal") and what is
 * wrong, in Danish; where missing population figures are the problem, a link to where they are imported.
 */
export function ProblemsAlert({ variant, heading, problems, memberNames = [], live = false }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const word = (part: string) => t(`costs.problemPlaces.segments.${part}`, { defaultValue: part });
  const member = (n: number) => t('costs.problemPlaces.member', { n });
  const aboutPopulations = problems.some((p) => pathParts(p.path).at(-1) === 'populations');
  return (
    <Alert variant={variant} heading={heading} live={live}>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}-${p.message}`}>
            {placeInWords(p.path, memberNames, word, member)}: <span lang="da">{p.message}</span>
          </li>
        ))}
      </ul>
      {aboutPopulations ? (
        <p>
          <Link to="/indbyggertal">{t('costs.problemPlaces.populationsLink')}</Link>
        </p>
      ) : null}
    </Alert>
  );
}
