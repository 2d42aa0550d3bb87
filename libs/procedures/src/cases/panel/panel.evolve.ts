import type { OpenCase } from '../case.state';
import type { PanelEvent } from './panel.events';
import { initialPanel, type PanelState } from './panel.state';

// Apart from panel.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function evolveSlice(panel: PanelState, event: PanelEvent): PanelState {
  switch (event.type) {
    case 'PanelistAppointed': {
      const { panelistRole: _previousRole, ...drawn } = panel;
      return { ...drawn, panelistId: event.data.panelistId, appointments: [...panel.appointments, { panelistId: event.data.panelistId, seed: event.data.seed, appointedAt: event.data.appointedAt }] };
    }
    case 'DecisionMakerDesignated':
      return { ...panel, panelistId: event.data.panelistId, panelistRole: event.data.role, appointments: [...panel.appointments, { panelistId: event.data.panelistId, appointedAt: event.data.designatedAt }] };
    case 'PanelistSelfDisqualified': {
      const { panelistId, panelistRole: _role, ...rest } = panel;
      return { ...(panelistId === event.data.panelistId ? rest : panel), setAside: [...panel.setAside, { panelistId: event.data.panelistId, reason: 'self-disqualified' }] };
    }
    case 'PanelistObjectionRaised':
      return { ...panel, objections: { ...panel.objections, [event.data.objectionId]: { panelistId: event.data.panelistId, raisedBy: event.data.raisedBy, ground: event.data.ground, status: 'pending' } } };
    case 'ObjectionDecided': {
      const objection = panel.objections[event.data.objectionId];
      const objections = objection ? { ...panel.objections, [event.data.objectionId]: { ...objection, status: event.data.outcome } } : panel.objections;
      if (event.data.outcome === 'rejected') return { ...panel, objections };
      const { panelistId, panelistRole: _role, ...rest } = panel;
      return { ...(panelistId === event.data.panelistId ? rest : panel), objections, setAside: [...panel.setAside, { panelistId: event.data.panelistId, reason: 'objection-upheld' }] };
    }
  }
}

/** Folds a panel event into the case: the stage it names, and the panel slice. */
export function evolvePanel(state: OpenCase, event: PanelEvent): OpenCase {
  const panel = evolveSlice(state.panel ?? initialPanel, event);
  const stage = 'stage' in event.data ? event.data.stage : state.stage;
  return { ...state, stage, panel };
}
