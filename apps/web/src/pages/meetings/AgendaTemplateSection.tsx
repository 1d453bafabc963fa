import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaTemplateQuery, meetingsKey, putAgendaTemplate } from '../../api/meetings.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

type Item = { key: string; title: string };

/**
 * The organisation's standard agenda (administrators): its items' titles, order, new items and removed ones.
 * What the register collects goes under the item with the same key (finance, deadlines, actions …).
 */
export function AgendaTemplateSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const template = useQuery(agendaTemplateQuery(organisationId));
  return (
    <section aria-labelledby="agenda-template-heading" className="mt-7">
      <h2 id="agenda-template-heading">{t('meetings.template.heading')}</h2>
      <p>{t('meetings.template.intro')}</p>
      {template.isError ? <ErrorAlert error={template.error} /> : null}
      {template.isSuccess ? (
        <>
          <p className="form-hint">
            {t('meetings.template.sources', { sources: template.data.sources.map((s) => s.label).join(', ') })}
          </p>
          <TemplateForm key={JSON.stringify(template.data.items)} organisationId={organisationId} initial={template.data.items} />
        </>
      ) : null}
    </section>
  );
}

function TemplateForm({ organisationId, initial }: { organisationId: string; initial: Item[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState(initial);
  const save = useMutation({
    mutationFn: () => putAgendaTemplate(organisationId, { items }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agendaTemplateQuery(organisationId).queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: [...meetingsKey(organisationId), 'agenda-template'] });
    },
  });
  const setTitle = (i: number, title: string) => setItems(items.map((item, j) => (j === i ? { ...item, title } : item)));
  const newKey = () => {
    let n = items.length + 1;
    while (items.some((item) => item.key === `punkt_${n}`)) n += 1;
    return `punkt_${n}`;
  };
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorAlert error={save.error} />
      <ol>
        {items.map((item, i) => (
          <li key={item.key}>
            <TextField
              id={`template-item-${item.key}`}
              label={t('meetings.template.item', { number: i + 1 })}
              value={item.title}
              onChange={(e) => setTitle(i, e.target.value)}
            />
            <button
              type="button"
              className="button button-tertiary"
              aria-label={t('meetings.agenda.removeNamed', { title: item.title })}
              onClick={() => setItems(items.filter((_, j) => j !== i))}
            >
              {t('meetings.agenda.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row mt-3">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setItems([...items, { key: newKey(), title: '' }])}
        >
          {t('meetings.agenda.add')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('meetings.template.save')}
        </button>
      </div>
      {save.isSuccess ? (
        <p role="status" className="mt-3">
          {t('meetings.agenda.saved')}
        </p>
      ) : null}
    </form>
  );
}
