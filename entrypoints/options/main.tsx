// Options page entry: wires the settings UI to the background.
import { render } from 'preact';
import { browserOptionsClient } from '../../components/options/browserClient';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/shared/theme.css';
import '../../components/options/options.css';

render(<OptionsApp client={browserOptionsClient} />, document.getElementById('app')!);
