/** Entry of the fix-reading confirm frame (see confirm-form.ts): wiring only. */
import { sendToBackground } from '../shared/send';
import { mountConfirmForm, type Send } from './confirm-form';

const send: Send = sendToBackground;
const params = new URLSearchParams(location.search);
if (params.get('theme') === 'dark') document.body.classList.add('dark');
void mountConfirmForm(document.getElementById('fix')!, location.hash.slice(1), send);
