// Popup entry. popup.html shows the active tab; popup.html?tab=ID another tab (e.g. when the popup
// is opened in a tab by tests); popup.html?url=PAGE_URL is the full-page comparison view for the
// article at PAGE_URL (as visited or canonical). See parseTarget.
import { render } from 'preact';
import { browserClient } from '../../components/popup/browserClient';
import { PopupApp } from '../../components/popup/PopupApp';
import { parseTarget } from '../../components/popup/viewModel';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

const target = parseTarget(location.search);
// The comparison view is a full page; the toolbar popup is a fixed narrow panel.
document.documentElement.classList.add(target.mode === 'compare' ? 'wide' : 'narrow');
if (target.mode === 'compare') document.title = 'Sourcelight: compare reports';

render(<PopupApp client={browserClient} target={target} />, document.getElementById('app')!);
