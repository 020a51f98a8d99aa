// The review before play: the segment's drafts (GET /segments/{sid}/drafts), each with its quality and the quote it
// stands on, to edit (PUT /drafts/{id}), delete, or write again (POST /drafts/{id}/regenerate, a job); then approve
// them all (POST /segments/{sid}/drafts/approve): they become the round's questions, and only then do the players
// hear that the quiz is ready. Drafts never reach the players before that.

import { api } from '../shared/api.js';
import { el } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { draftForm, draftView } from './draft-editor.js';

export class DraftsReview {
  /** onJob(job): a regeneration started; onApproved(result); onError(error); onNotice(text). */
  constructor(token, { onJob, onApproved, onError, onNotice }) {
    Object.assign(this, { token, onJob, onApproved, onError, onNotice });
    this.drafts = [];
    this.segmentId = null;
    this.busy = false; // a job is live: nothing is approved or written again meanwhile
    this.heading = el('h3', { id: `drafts-heading-${Math.random().toString(36).slice(2)}` });
    this.list = el('ol', { class: 'draft-list' });
    this.approveButton = el('button', { type: 'button', onclick: () => this.approve() });
    this.root = el(
      'section',
      { class: 'drafts', hidden: true, 'aria-labelledby': this.heading.id },
      this.heading,
      el('p', { class: 'muted', text: t('generation.drafts.help') }),
      this.list,
      this.approveButton,
    );
  }

  async load(segmentId) {
    this.segmentId = segmentId;
    const drafts = await api(`/api/segments/${segmentId}/drafts`, { token: this.token });
    if (segmentId !== this.segmentId) return;
    this.drafts = drafts ?? [];
    this.render();
  }

  clear() {
    this.segmentId = null;
    this.drafts = [];
    this.render();
  }

  setBusy(busy) {
    this.busy = busy;
    this.render();
  }

  render() {
    const count = this.drafts.length;
    this.root.hidden = count === 0;
    this.heading.textContent = t('generation.drafts.heading', { count });
    this.approveButton.textContent = t('generation.drafts.approve', { count });
    this.approveButton.disabled = this.busy;
    this.list.replaceChildren(...this.drafts.map((draft) => this.item(draft)));
  }

  item(draft) {
    const name = draft.question_text;
    const button = (key, labelKey, action, secondary = true) =>
      el('button', {
        type: 'button',
        class: secondary ? 'secondary small' : 'small',
        'aria-label': t(labelKey, { question: name }),
        text: t(key),
        disabled: this.busy,
        onclick: () => action(),
      });
    const li = el('li', { class: 'draft', 'data-draft': draft.id });
    li.append(
      ...draftView(draft),
      el(
        'p',
        { class: 'draft-actions' },
        button('generation.draft.edit', 'generation.draft.editNamed', () => this.edit(draft, li)),
        button('generation.draft.regenerate', 'generation.draft.regenerateNamed', () => this.regenerate(draft)),
        button('generation.draft.delete', 'generation.draft.deleteNamed', () => this.remove(draft)),
      ),
    );
    return li;
  }

  edit(draft, li) {
    const { form, focus } = draftForm(draft, {
      onSave: (body) => this.save(draft, body),
      onCancel: () => {
        this.render();
        this.focusDraft(draft.id);
      },
    });
    li.replaceChildren(form);
    focus();
  }

  async save(draft, body) {
    try {
      const saved = await api(`/api/drafts/${draft.id}`, { method: 'PUT', token: this.token, body });
      this.drafts = this.drafts.map((item) => (item.id === draft.id ? { ...item, ...(saved ?? body) } : item));
      this.render();
      this.onNotice(t('generation.draft.saved'));
      this.focusDraft(draft.id);
    } catch (error) {
      this.onError(error);
    }
  }

  async remove(draft) {
    if (!confirm(t('generation.draft.confirmDelete', { question: draft.question_text }))) return;
    try {
      await api(`/api/drafts/${draft.id}`, { method: 'DELETE', token: this.token });
      this.drafts = this.drafts.filter((item) => item.id !== draft.id);
      this.render();
      this.onNotice(t('generation.draft.deleted'));
    } catch (error) {
      this.onError(error);
    }
  }

  async regenerate(draft) {
    try {
      const job = await api(`/api/drafts/${draft.id}/regenerate`, { method: 'POST', token: this.token });
      this.onNotice(t('generation.draft.regenerating', { question: draft.question_text }));
      this.onJob(job);
    } catch (error) {
      this.onError(error);
    }
  }

  async approve() {
    try {
      const result = await api(`/api/segments/${this.segmentId}/drafts/approve`, {
        method: 'POST',
        token: this.token,
        body: {},
      });
      this.drafts = [];
      this.render();
      this.onApproved(result);
    } catch (error) {
      this.onError(error);
    }
  }

  focusDraft(id) {
    this.list.querySelector(`li[data-draft="${id}"] button:not(:disabled)`)?.focus();
  }
}
