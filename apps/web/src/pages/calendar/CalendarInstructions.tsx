import { useTranslation } from 'react-i18next';

/** How to subscribe to the address in Outlook (and other calendars). */
export function CalendarInstructions() {
  const { t } = useTranslation();
  return (
    <div className="mb-5">
      <h3 className="h4">{t('calendarFeeds.howToHeading')}</h3>
      <ol>
        <li>{t('calendarFeeds.howToCopy')}</li>
        <li>{t('calendarFeeds.howToOutlook')}</li>
        <li>{t('calendarFeeds.howToPaste')}</li>
      </ol>
      <p className="form-hint">{t('calendarFeeds.howToOther')}</p>
    </div>
  );
}
