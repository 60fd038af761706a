/** Toolbar popup entry: furigana switches for the active tab (vocabulary lists mount below). */
import { renderFuriganaSwitches } from './furigana-switches';

const app = document.getElementById('app')!;
const switches = document.createElement('section');
switches.className = 'switches';
switches.setAttribute('aria-label', 'Furigana');
app.append(switches);
void renderFuriganaSwitches(switches);
