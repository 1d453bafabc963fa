import type { Me, UpdateMeRequest } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../../api/auth.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { rememberMe } from '../../session/me.ts';

type Delivery = NonNullable<UpdateMeRequest['reminderDelivery']>;
const DELIVERIES: readonly Delivery[] = ['single', 'digest'];
const isDelivery = (value: string): value is Delivery => (DELIVERIES as readonly string[]).includes(value);

/** "Påmindelser": one e-mail per reminder, or every morning's reminders gathered in one e-mail. */
export function ReminderDeliveryForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [delivery, setDelivery] = useState<Delivery>(me.user.reminderDelivery);
  const mutation = useMutation({
    mutationFn: () => updateMe({ reminderDelivery: delivery }),
    onSuccess: (updated) => rememberMe(queryClient, updated),
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <section aria-labelledby="reminder-delivery-heading" className="mt-7">
      <h2 id="reminder-delivery-heading">{t('account.reminders.heading')}</h2>
      <p>{t('account.reminders.intro')}</p>
      {mutation.isSuccess ? <Alert variant="success" heading={t('account.reminders.saved')} /> : null}
      <ErrorAlert error={mutation.error} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          name="reminder-delivery"
          legend={t('account.reminders.legend')}
          options={DELIVERIES.map((d) => ({ value: d, label: t(`account.reminders.deliveries.${d}`) }))}
          value={delivery}
          onChange={(value) => {
            if (isDelivery(value)) setDelivery(value);
          }}
        />
        <button type="submit" className="button button-primary mt-5" disabled={mutation.isPending}>
          {t('account.reminders.save')}
        </button>
      </form>
    </section>
  );
}
