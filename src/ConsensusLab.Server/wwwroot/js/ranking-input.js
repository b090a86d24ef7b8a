// A ranking control: an ordered list with "move up" / "move down" buttons on each item. Buttons rather
// than drag and drop, so it works with a keyboard, a screen reader and a thumb on a small phone alike.
// Like the slider, it starts "untouched": the order the moderator typed is not an answer until the participant moves
// an item or says, with "Keep this order", that it is theirs.
import { h, isolate, uid, userText } from './dom.js';
import { t } from './i18n.js';

export function createRankingInput(question) {
  let order = question.options.map((_, index) => index);
  let disabled = false;
  let touched = false;
  const listeners = [];
  const list = h('ol', { class: 'ranking' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const statusId = uid('ranking-status');
  const status = h('p', { class: 'ranking-status', id: statusId });
  const keep = h('button', { type: 'button', class: 'button secondary small', 'aria-describedby': statusId }, t('ranking.keep'));
  const element = h('div', { class: 'ranking-input untouched' }, list, h('div', { class: 'ranking-confirm' }, status, keep), announcer);

  function setTouched(flag) {
    touched = flag;
    element.classList.toggle('untouched', !touched);
    status.textContent = touched ? t('ranking.yours') : t('ranking.untouched');
    keep.hidden = touched;
  }

  keep.addEventListener('click', () => {
    setTouched(true);
    announcer.textContent = t('ranking.yours');
    // The button goes away with its focus: hand it on to the answer's submit button, the next thing to press.
    element.closest('form')?.querySelector('[type="submit"]')?.focus();
    listeners.forEach((fn) => fn());
  });

  function move(item, delta, focusDirection) {
    const from = order.indexOf(item);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    order = [...order];
    [order[from], order[to]] = [order[to], order[from]];
    render();
    // Keep focus on the moved item so repeated presses keep moving it; at either end the pressed
    // button is disabled, so hand focus to its sibling.
    const row = list.querySelector(`[data-item="${item}"]`);
    const button = row.querySelector(`[data-direction="${focusDirection}"]`);
    (button.disabled ? row.querySelector(`[data-direction="${focusDirection === 'up' ? 'down' : 'up'}"]`) : button).focus();
    setTouched(true);
    announcer.textContent = t('ranking.moved', { item: isolate(question.options[item]), rank: to + 1, total: order.length });
    listeners.forEach((fn) => fn());
  }

  function render() {
    list.replaceChildren(...order.map((item, rank) => {
      const text = question.options[item];
      return h('li', { class: 'ranking-item', 'data-item': String(item) },
        h('span', { class: 'rank', 'aria-hidden': 'true' }, String(rank + 1)),
        h('span', { class: 'ranking-text' }, userText(text)),
        h('span', { class: 'ranking-buttons' },
          h('button', {
            type: 'button', class: 'icon-button', 'data-direction': 'up',
            'aria-label': t('ranking.up', { item: isolate(text) }), disabled: disabled || rank === 0,
            onclick: () => move(item, -1, 'up'),
          }, '\u2191'),
          h('button', {
            type: 'button', class: 'icon-button', 'data-direction': 'down',
            'aria-label': t('ranking.down', { item: isolate(text) }), disabled: disabled || rank === order.length - 1,
            onclick: () => move(item, 1, 'down'),
          }, '\u2193')));
    }));
  }

  render();
  setTouched(false);
  return {
    element,
    read() {
      return touched ? { ok: true, value: { ranking: [...order] } } : { ok: false, message: t('answer.rankFirst') };
    },
    write(answer) {
      const ranking = answer?.ranking;
      if (!Array.isArray(ranking) || ranking.length !== order.length) return;
      order = [...ranking];
      render();
      setTouched(true);
    },
    setDisabled(flag) {
      // Rebuilding the list would drop the focus the move buttons keep, so only redraw on a real change.
      if (disabled === flag) return;
      disabled = flag;
      keep.disabled = flag;
      render();
    },
    onChange(fn) {
      listeners.push(fn);
    },
  };
}
