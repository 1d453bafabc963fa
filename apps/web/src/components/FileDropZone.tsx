import uploadIcon from 'dkfds-dist/img/svg-icons/upload.svg';
import { type DragEvent, type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup } from './FormGroup.tsx';

type Props = {
  /** The file input's id (focus can be moved to it). */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** What the zone says to those who drag, e.g. "Træk filen hertil". */
  dropText: string;
  /** File types offered by the picker, e.g. `.xlsx,.csv`; leave out for any file. */
  accept?: string | undefined;
  /** Clears the input when the value changes (e.g. after an upload), so the same file can be chosen again. */
  inputKey?: string | number | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  disabled?: boolean | undefined;
} & ({ multiple?: false; onFile: (file: File) => void } | { multiple: true; onFiles: (files: File[]) => void });

/**
 * A real file input (keyboard and screen readers use it as usual) inside a marked zone that also takes a
 * file — or with `multiple`, files — dropped onto it.
 */
export function FileDropZone(props: Props) {
  const { id, label, hint, error, dropText, accept, inputKey, inputRef, disabled } = props;
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  // What the person chose, shown in Danish beside the button (the browser's own text follows its language).
  const [chosen, setChosen] = useState<string[]>([]);
  const deliver = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    const [first] = files;
    if (!first || disabled) return;
    if (props.multiple) props.onFiles(files);
    else props.onFile(first);
  };

  // A cleared input (a new key after an upload) has nothing chosen.
  useEffect(() => {
    if (inputKey !== undefined) setChosen([]);
  }, [inputKey]);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    deliver(e.dataTransfer.files);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is an extra; the file input inside does the same for everyone
    <div
      className={`import-drop-zone${dragging ? ' import-drop-zone-active' : ''}`}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <p className="import-drop-zone-text" aria-hidden="true">
        <img className="icon-svg" src={uploadIcon} alt="" />
        {dropText}
      </p>
      <FormGroup id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <div className="file-picker">
            {/* The real input takes focus, keys and screen readers; it is see-through over the Danish button below. */}
            <input
              {...control}
              key={inputKey}
              ref={inputRef}
              className="file-picker-input"
              type="file"
              accept={accept}
              multiple={props.multiple}
              disabled={disabled}
              onChange={(e) => {
                setChosen([...(e.target.files ?? [])].map((f) => f.name));
                deliver(e.target.files);
              }}
            />
            <span className="button button-secondary file-picker-button" aria-hidden="true">
              {t(props.multiple ? 'files.chooseMany' : 'files.chooseOne')}
            </span>
            <span className="file-picker-chosen" aria-hidden="true">
              {chosen.length === 0 ? t('files.noneChosen') : chosen.join(', ')}
            </span>
          </div>
        )}
      </FormGroup>
    </div>
  );
}
