import downloadIcon from 'dkfds-dist/img/svg-icons/download.svg';

type Props = {
  /** Id of the group's label. */
  id: string;
  label: string;
  links: readonly { href: string; label: string }[];
};

/** Download links side by side under a label, e.g. "Eksportér: Excel (.xlsx) CSV". */
export function ExportLinks({ id, label, links }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; these are download links
    <div className="export-links mb-5" role="group" aria-labelledby={id}>
      <span id={id} className="export-links-label">
        {label}
      </span>
      {links.map((link) => (
        <a key={link.href} className="button button-tertiary" href={link.href} download>
          <img className="icon-svg" src={downloadIcon} alt="" aria-hidden="true" />
          {link.label}
        </a>
      ))}
    </div>
  );
}
