// The moderator's choice of how "Other / prefer not to say" enters the figures under equal footing. Unlike
// the weighting scheme it changes the figures themselves, so the meters follow the server's next update
// rather than redrawing locally.
import { clearProblem, putJson, sessionPath, showProblem } from './api.js';
import { h, uid } from './dom.js';
import { t } from './i18n.js';

const TREATMENTS = ['pooledAtHeadcount', 'asGroup', 'excluded'];

/** Returns { element, update(session) }; the element is hidden when the session has no "Other" group. */
export function createOtherGroupPanel(code, moderator) {
  const name = uid('other');
  let saving = 0; // while our own PUT is under way, an older session event must not flip the radios back
  let current = null;
  const problemBox = h('div', { class: 'problem-box', hidden: true });
  const radios = new Map(TREATMENTS.map((treatment) => [treatment, h('input', { type: 'radio', name, value: treatment })]));
  const element = h('fieldset', { class: 'other-group', hidden: true },
    h('legend', {}, t('otherGroup.heading')),
    h('div', { class: 'segmented' }, TREATMENTS.map((treatment) => h('label', { class: 'segment' }, radios.get(treatment),
      h('span', {}, h('strong', {}, t(`otherGroup.${treatment}`)), h('span', { class: 'segment-help' }, `: ${t(`otherGroup.${treatment}.help`)}`))))),
    problemBox);

  function show(treatment) {
    current = treatment;
    const radio = radios.get(treatment);
    if (radio) radio.checked = true;
  }

  for (const [treatment, radio] of radios) {
    radio.addEventListener('change', async () => {
      const previous = current;
      show(treatment);
      saving += 1;
      clearProblem(problemBox);
      try {
        await putJson(sessionPath(code, 'other-group'), { treatment }, { moderatorKey: moderator.key() });
      } catch (error) {
        if (!moderator.rejected(error)) showProblem(problemBox, error);
        show(previous);
      } finally {
        saving -= 1;
      }
    });
  }

  return {
    element,
    update(session) {
      element.hidden = !(session.otherGroupCodes?.length > 0);
      if (saving === 0 && session.otherGroup !== current) show(session.otherGroup);
    },
  };
}
