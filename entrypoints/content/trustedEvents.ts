/**
 * The overlay's shadow root is open (tests and assistive tools read it), so page script can reach its
 * buttons. Every input event inside it that the browser did not generate from the user (a script's
 * click(), dispatchEvent) is stopped in the capture phase before any handler sees it, and its default
 * action is cancelled where it can be. Events the browser fires as the consequence of a script's
 * action are trusted although the user did nothing (a non-cancelable synthetic click still toggles a
 * checkbox and submits a form; form.requestSubmit() fires a trusted submit), so: events during the
 * dispatch of an untrusted one are stopped too, and a submit passes only inside the task of a trusted
 * click or key press within that form.
 */
const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'reset',
] as const;

export function acceptOnlyTrustedEvents(root: Node): () => void {
  let untrustedDispatch = false;
  let userTarget: Node | null = null;
  const stop = (event: Event) => {
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  const guard = (event: Event) => {
    if (!event.isTrusted) {
      untrustedDispatch = true;
      // A non-cancelable synthetic click has already toggled a checkbox (pre-activation) when listeners run: toggle it back.
      const target = event.composedPath()[0];
      const toggled =
        event.type === 'click' && !event.cancelable && target instanceof HTMLInputElement && target.type === 'checkbox'
          ? { input: target, checked: !target.checked }
          : null;
      // Cleared once the page script that dispatched it has returned (its activation behaviour runs before).
      queueMicrotask(() => {
        untrustedDispatch = false;
        if (toggled) toggled.input.checked = toggled.checked;
      });
      stop(event);
      return;
    }
    if (untrustedDispatch) {
      stop(event);
      return;
    }
    if (event.type === 'click' || event.type === 'keydown') {
      userTarget = event.composedPath()[0] as Node;
      setTimeout(() => (userTarget = null), 0);
    }
    if (event.type === 'submit' || event.type === 'reset') {
      const form = event.target as Node;
      if (!userTarget || !form.contains(userTarget)) stop(event);
    }
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, guard, { capture: true });
  return () => {
    for (const type of GUARDED_EVENTS) root.removeEventListener(type, guard, { capture: true });
  };
}
