import uploadIcon from 'dkfds-dist/img/svg-icons/upload.svg';
import { type DragEvent, useState } from 'react';
import { FormGroup } from '../../components/FormGroup.tsx';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  dropText: string;
  /** Clears the input when the value changes (after an upload), so the same files can be chosen again. */
  inputKey?: string | number | undefined;
  disabled?: boolean | undefined;
  onFiles: (files: File[]) => void;
};

/**
 * Like FileDropZone, but for many files at once: a real file input with `multiple` (keyboard and screen readers use
 * it as usual) inside a marked zone that also takes files dropped onto it.
 */
export function InvoiceDropZone({ id, label, hint, dropText, inputKey, disabled, onFiles }: Props) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(files);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is an extra; the file input inside does the same for everyone
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
      <FormGroup id={id} label={label} hint={hint}>
        {(control) => (
          <input
            {...control}
            key={inputKey}
            type="file"
            multiple
            accept=".xml,application/xml,text/xml"
            disabled={disabled}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 0) onFiles(files);
            }}
          />
        )}
      </FormGroup>
    </div>
  );
}
