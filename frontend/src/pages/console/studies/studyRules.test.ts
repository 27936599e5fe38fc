import { describe, expect, it } from 'vitest';
import { mayEditStudy, studyActions } from './studyRules';

const mediator = { work: true, reassign: false };
const supervisor = { work: true, reassign: true };
const outsider = { work: false, reassign: false };

describe('studyActions', () => {
  it('lets a mediator submit a draft and return a submitted study, nothing more', () => {
    expect(studyActions('draft', mediator)).toEqual(['submit']);
    expect(studyActions('submitted', mediator)).toEqual(['return']);
    expect(studyActions('approved', mediator)).toEqual(['return']);
    expect(studyActions('published', mediator)).toEqual([]);
  });

  it('lets a supervisor approve, publish and withdraw', () => {
    expect(studyActions('submitted', supervisor)).toEqual(['approve', 'return', 'withdraw']);
    expect(studyActions('approved', supervisor)).toEqual(['publish', 'return', 'withdraw']);
    expect(studyActions('published', supervisor)).toEqual(['withdraw']);
    expect(studyActions('withdrawn', supervisor)).toEqual([]);
  });

  it('does not offer publishing while the facts are not k-anonymous', () => {
    expect(studyActions('approved', supervisor, true)).toEqual(['return', 'withdraw']);
  });

  it('offers nothing outside the association', () => {
    expect(studyActions('draft', outsider)).toEqual([]);
    expect(mayEditStudy('draft', outsider)).toBe(false);
  });

  it('edits drafts only', () => {
    expect(mayEditStudy('draft', mediator)).toBe(true);
    expect(mayEditStudy('submitted', supervisor)).toBe(false);
  });
});
