import ReactDOM from 'react-dom/client';
import { SelectionCheck } from '@/components/onboarding/SelectionCheck';
import '@/components/pages.css';

ReactDOM.createRoot(document.getElementById('root')!).render(<SelectionCheck />);
