import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'overblik.organisationId';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let selected = read();

export function setSelectedOrganisationId(id: string): void {
  selected = id;
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage may be unavailable; the choice still holds for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The organisation the person last chose in this browser (not validated against memberships). */
export function useSelectedOrganisationId(): string | null {
  return useSyncExternalStore(subscribe, () => selected);
}
