import uploadIcon from 'dkfds-dist/img/svg-icons/upload.svg';
import { type DragEvent, type Ref, useState } from 'react';
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
  const [dragging, setDragging] = useState(false);
  const deliver = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    const [first] = files;
    if (!first || disabled) return;
    if (props.multiple) props.onFiles(files);
    else props.onFile(first);
  };

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
          <input
            {...control}
            key={inputKey}
            ref={inputRef}
            type="file"
            accept={accept}
            multiple={props.multiple}
            disabled={disabled}
            onChange={(e) => deliver(e.target.files)}
          />
        )}
      </FormGroup>
    </div>
  );
}
