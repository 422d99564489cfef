import ReactDOM from 'react-dom/client';
import { Onboarding } from '@/components/onboarding/Onboarding';
import '@/components/pages.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<Onboarding />);
