import { Rate, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { CaseEvent, LangCode, RejectReason } from '../../api/types';
import { formatAmount, formatDate, formatDateTime, formatSize, pickName } from '../../i18n/localize';

/** What an event's details need from outside the event. */
export interface EventContext {
  t: TFunction;
  lang: LangCode;
  rejectReason: (code: string) => RejectReason | undefined;
  associationName: (code: string) => string;
  userName: (id: number) => string;
  /** renders a download link for an attachment, if the viewer can download */
  attachment?: (attachmentId: number, filename: string, contentType: string) => ReactNode;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="event-field">
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </div>
  );
}

function Body({ text }: { text: string }) {
  return <div className="event-body pre-wrap">{text}</div>;
}

/** The payload of an event, in words: what was said, decided or changed. */
export function eventDetails(e: CaseEvent, ctx: EventContext): ReactNode[] {
  const { t, lang } = ctx;
  const p = e.payload ?? {};
  const out: ReactNode[] = [];
  const field = (key: string, label: string, value: ReactNode) => {
    if (value !== '' && value !== null && value !== undefined) out.push(<Field key={key} label={label}>{value}</Field>);
  };
  const reason = () => field('reason', t('events.field.reason'), str(p.reason));
  switch (e.type) {
    case 'created':
      field('association', t('events.field.association'), ctx.associationName(str(p.association)));
      field('due', t('deadline.acceptance'), formatDate(str(p.acceptance_due), lang));
      break;
    case 'accept':
      if (p.accepted_in_time === false) out.push(<Tag key="late" color="red">{t('events.field.acceptedLate')}</Tag>);
      break;
    case 'reject': {
      const r = ctx.rejectReason(str(p.reason_code));
      field('reason', t('events.field.rejectReason'), r ? pickName(r.names, lang) : str(p.reason_code));
      if (r) field('basis', t('events.field.basis'), pickName(r.basis, lang));
      reason();
      break;
    }
    case 'transfer':
      field(
        'transfer',
        t('events.field.transfer'),
        `${ctx.associationName(str(p.from_association))} → ${ctx.associationName(str(p.to_association))}`,
      );
      reason();
      break;
    case 'request_information':
      field('reason', t('events.field.missing'), str(p.reason));
      break;
    case 'start_mediation':
      field('due', t('deadline.business'), formatDate(str(p.business_due), lang));
      break;
    case 'deadlines_recomputed': {
      // A year's holiday schedule was loaded: what each stored deadline moved from and to.
      const moved = (from: unknown, to: unknown) =>
        str(from) || str(to) ? `${formatDate(str(from), lang) || '—'} → ${formatDate(str(to), lang) || '—'}` : '';
      field('current', t('deadline.now'), moved(p.current_due_from, p.current_due_to));
      field('business', t('deadline.business'), moved(p.business_due_from, p.business_due_to));
      break;
    }
    case 'pause_clock':
    case 'resume_clock':
    case 'withdraw':
    case 'reopen':
      reason();
      break;
    case 'message':
    case 'note':
      if (p.to) field('to', t('events.field.to'), t(`recipient.${str(p.to)}`, { defaultValue: str(p.to) }));
      out.push(<Body key="body" text={str(p.body)} />);
      break;
    case 'business_answer':
      out.push(<Body key="body" text={str(p.body)} />);
      field('remedy', t('events.field.proposedRemedy'), str(p.proposed_remedy));
      break;
    case 'assigned': {
      const id = Number(p.assignee_id);
      field('assignee', t('events.field.assignee'), id ? ctx.userName(id) : t('case.unassigned'));
      break;
    }
    case 'agreement_proposed':
      field('terms', t('agreement.terms'), <span className="pre-wrap">{str(p.terms)}</span>);
      field('amount', t('agreement.amount'), formatAmount(str(p.amount_recovered), lang));
      break;
    case 'agreement_accepted':
    case 'agreement_refused':
      field('by', t('events.field.by'), t(`actor.${str(p.by)}`, { defaultValue: str(p.by) }));
      break;
    case 'close':
      field('outcome', t('events.field.outcome'), t(`outcome.${str(p.outcome)}`, { defaultValue: str(p.outcome) }));
      field('terms', t('agreement.terms'), <span className="pre-wrap">{str(p.agreement_terms)}</span>);
      field('amount', t('agreement.amount'), formatAmount(str(p.amount_recovered), lang));
      if (p.resolved_in_time === false) out.push(<Tag key="late" color="red">{t('events.field.resolvedLate')}</Tag>);
      break;
    case 'rated':
      out.push(<Rate key="score" disabled value={Number(p.score) || 0} className="event-rate" />);
      if (str(p.comment)) out.push(<Body key="comment" text={str(p.comment)} />);
      break;
    case 'attachment_added': {
      const name = str(p.filename);
      const id = Number(p.attachment_id);
      const link = id && ctx.attachment ? ctx.attachment(id, name, str(p.content_type)) : name;
      field('file', t('events.field.file'), (
        <>
          {link} <Typography.Text type="secondary">({formatSize(Number(p.size) || 0)})</Typography.Text>
        </>
      ));
      break;
    }
    case 'mediation_session':
      field('at', t('session.at'), formatDateTime(str(p.at), lang));
      field('mode', t('session.mode'), t(`sessionMode.${str(p.mode)}`, { defaultValue: str(p.mode) }));
      field('participants', t('session.participants'), str(p.participants));
      if (str(p.result)) field('result', t('session.result'), <span className="pre-wrap">{str(p.result)}</span>);
      break;
    case 'supply_information':
    default:
      break;
  }
  return out;
}
