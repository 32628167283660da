import { useQuery } from '@tanstack/react-query';
import type { Topic } from './api.js';
import { useSignedIn } from './session.js';

/** The queries the views share; socket events invalidate them by key (see live.tsx). */
export function useCalls() {
  const { api } = useSignedIn();
  return useQuery({ queryKey: ['calls'], queryFn: () => api.calls() });
}

export function useCall(id: string) {
  const { api } = useSignedIn();
  return useQuery({ queryKey: ['call', id], queryFn: () => api.call(id) });
}

export function useVersions(id: string, enabled: boolean) {
  const { api } = useSignedIn();
  return useQuery({
    queryKey: ['call', id, 'versions'],
    queryFn: () => api.versions(id),
    enabled,
  });
}

export function useTopicsQuery(): Topic[] {
  const { api } = useSignedIn();
  return (
    useQuery({
      queryKey: ['topics'],
      queryFn: () => api.topics(),
      staleTime: Infinity,
    }).data ?? []
  );
}
